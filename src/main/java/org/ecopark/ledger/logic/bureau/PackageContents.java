package org.ecopark.ledger.logic.bureau;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ecopark.ledger.logic.ZipEntries;
import org.ecopark.ledger.logic.signing.DetachedSignature;
import org.ecopark.ledger.logic.submission.DataJsonTables;
import org.ecopark.ledger.model.ReceivedTarget;

/**
 * What a bureau keeps of a verified package besides its bytes: per target its plan, the value, the actual figure and the status
 * (data.json's {@code targets} table, read as a stream: the statistics of a large park never sit in memory), and the
 * signer's public key from signature.json.
 */
final class PackageContents {

    static final String DATA = "data.json";
    private static final String TARGETS = "targets";
    /** The scale the ledger keeps figures at. */
    private static final int SCALE = 4;
    private static final JsonMapper JSON = new JsonMapper();
    /** The columns' sizes (received_target). */
    private static final int MAX_TARGET_CODE = 32;
    private static final int MAX_INDICATOR_CODE = 64;
    private static final int MAX_SHORT = 16;
    private static final int MAX_PLAN_CODE = 32;
    private static final int MAX_INTEGER_DIGITS = 16;

    private PackageContents() {
    }

    record Contents(List<ReceivedTarget> targets, String signerKey) {
    }

    /** @throws IOException when the verified package cannot be read after all (a file changed underneath) */
    static Contents read(Path verifiedPackage) throws IOException {
        try (ZipFile zip = new ZipFile(verifiedPackage.toFile(), java.nio.charset.StandardCharsets.UTF_8)) {
            ZipEntry data = zip.getEntry(DATA);
            ZipEntry signature = zip.getEntry(DetachedSignature.FILE_NAME);
            if (data == null || signature == null) {
                throw new IOException("A verified package has data.json and signature.json");
            }
            byte[] signatureBytes = ZipEntries.readAtMost(zip, signature, (int) DetachedSignature.MAX_BYTES);
            String key = signatureBytes == null ? null
                    : DetachedSignature.fromJson(signatureBytes).map(DetachedSignature::publicKey).orElse(null);
            if (key == null) {
                throw new IOException("A verified package's signature names its key");
            }
            try (InputStream in = zip.getInputStream(data)) {
                return new Contents(targets(in), key);
            }
        }
    }

    private static List<ReceivedTarget> targets(InputStream in) throws IOException {
        List<ReceivedTarget> targets = new ArrayList<>();
        boolean object = DataJsonTables.forEach(in, (table, json) -> {
            if (TARGETS.equals(table) && json.currentToken() == JsonToken.START_ARRAY) {
                while (json.nextToken() == JsonToken.START_OBJECT) {
                    targets.add(target(JSON.readTree(json)));
                }
            } else {
                json.skipChildren();
            }
        });
        if (!object) {
            throw new IOException("data.json is no object");
        }
        return targets;
    }

    private static ReceivedTarget target(JsonNode row) throws IOException {
        String code = text(row, "targetCode", MAX_TARGET_CODE);
        if (code == null) {
            throw new IOException("A target row without its code");
        }
        return new ReceivedTarget(code, text(row, "indicatorCode", MAX_INDICATOR_CODE), text(row, "unit", MAX_SHORT),
                decimal(row, "targetValue"), decimal(row, "actual"), text(row, "status", MAX_SHORT),
                text(row, "planCode", MAX_PLAN_CODE));
    }

    /** @throws IOException when the text is longer than the ledger's column for it: no park ledger writes that */
    private static String text(JsonNode row, String field, int max) throws IOException {
        JsonNode value = row.get(field);
        String text = value == null || value.isNull() ? null : value.asText();
        if (text != null && text.length() > max) {
            throw new IOException(field + " is longer than " + max);
        }
        return text;
    }

    private static BigDecimal decimal(JsonNode row, String field) throws IOException {
        JsonNode value = row.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new IOException(field + " is no number");
        }
        BigDecimal scaled = value.decimalValue().setScale(SCALE, RoundingMode.HALF_UP);
        if (scaled.precision() - scaled.scale() > MAX_INTEGER_DIGITS) {
            throw new IOException(field + " is out of range");
        }
        return scaled;
    }
}
