package org.ecopark.ledger.logic.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Excerpt;
import org.ecopark.ledger.logic.JsonProblem;
import org.ecopark.ledger.model.Cluster;
import org.ecopark.ledger.model.Comparator;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.Unit;

/**
 * A plan catalog read from its JSON file and checked entry by entry. A file with any problem is refused
 * as a whole, with one translated line per problem naming the entry, so whoever edits the catalog fixes
 * it in one go. A valid file is offered as model records, ready to be stored.
 */
public final class CatalogFile {

    /** The catalogs this release ships, loaded at every start. */
    public static final List<String> SHIPPED = List.of("/plans/sd-311-2023.json");

    /** The header is read with the bare parser: building the mapper costs more than the check at every start. */
    private static final JsonFactory HEADER_FACTORY = new JsonFactory();

    private final String source;
    private final CatalogDocument document;

    private CatalogFile(String source, CatalogDocument document) {
        this.source = source;
        this.document = document;
    }

    /** What identifies a catalog and its version: enough to decide whether it needs loading. */
    public record Header(String code, int catalogVersion) {
    }

    /** Built on first use only: an up-to-date ledger never needs it. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** Reads and checks the whole catalog; throws {@link CatalogException} naming every bad entry. */
    public static CatalogFile read(CatalogSource source) {
        JsonNode tree;
        try (InputStream in = source.open()) {
            tree = Mapper.INSTANCE.readTree(in);
        } catch (JsonProcessingException | NumberFormatException e) {
            throw invalid(source, e);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
        if (tree == null || !tree.isObject()) {
            throw new CatalogException(source.name(), List.of(I18n.tr("targets.catalog.notObject")));
        }
        CatalogDocument document;
        try {
            document = Mapper.INSTANCE.treeToValue(tree, CatalogDocument.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CatalogException(source.name(), List.of(describe(tree, e)), e);
        }
        List<String> problems = new CatalogValidator(document).validate();
        if (!problems.isEmpty()) {
            throw new CatalogException(source.name(), problems);
        }
        return new CatalogFile(source.name(), document);
    }

    /** Reads only the plan code and catalog version; cheap enough to run at every start. */
    public static Header readHeader(CatalogSource source) {
        String code = null;
        Integer version = null;
        try (InputStream in = source.open(); JsonParser parser = HEADER_FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new CatalogException(source.name(), List.of(I18n.tr("targets.catalog.notObject")));
            }
            while ((code == null || version == null) && parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("code".equals(field) && value == JsonToken.VALUE_STRING) {
                    code = parser.getText();
                } else if ("catalogVersion".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                    version = parser.getIntValue();
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException | NumberFormatException e) {
            throw invalid(source, e);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
        if (code == null || version == null) {
            // The full read names exactly what is missing.
            read(source);
        }
        return new Header(code, version);
    }

    /** A file that is no JSON, or JSON beyond the parser's limits: where the parser stopped, when it knows. */
    private static CatalogException invalid(CatalogSource source, Exception error) {
        JsonLocation where = error instanceof JsonProcessingException json ? json.getLocation() : null;
        String reason = where == null || where.getLineNr() <= 0
                ? I18n.tr("targets.catalog.invalid", JsonProblem.of(error))
                : I18n.tr("targets.catalog.syntax", String.valueOf(where.getLineNr()), String.valueOf(where.getColumnNr()),
                        JsonProblem.of(error));
        return new CatalogException(source.name(), List.of(reason), error);
    }

    private static CatalogException unreadable(CatalogSource source, IOException error) {
        String reason = error instanceof CatalogSource.Refused refused ? refused.getMessage()
                : I18n.tr("targets.catalog.unreadable");
        return new CatalogException(source.name(), List.of(reason), error);
    }

    /** The problem line for a value the JSON reader could not take, naming the entry it sits in. */
    private static String describe(JsonNode tree, Exception error) {
        if (!(error instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return I18n.tr("targets.catalog.entry", Excerpt.of(tree.path("code").asText("?")), JsonProblem.of(error));
        }
        List<JsonMappingException.Reference> path = mapping.getPath();
        String entry = Excerpt.of(tree.path("code").asText("?"));
        String field = path.get(path.size() - 1).getFieldName();
        if (path.size() >= 3 && path.get(1).getIndex() >= 0) {
            String section = path.get(0).getFieldName();
            int index = path.get(1).getIndex();
            entry = Excerpt.of(tree.path(section).path(index).path("code").asText(section + "[" + index + "]"));
        }
        if (error instanceof UnrecognizedPropertyException unknown) {
            return I18n.tr("targets.catalog.entry", entry,
                    I18n.tr("targets.catalog.unknownField", Excerpt.of(unknown.getPropertyName())));
        }
        String value = "?";
        if (error instanceof MismatchedInputException) {
            JsonNode node = tree;
            for (JsonMappingException.Reference reference : path) {
                node = reference.getIndex() >= 0 ? node.path(reference.getIndex()) : node.path(reference.getFieldName());
            }
            value = node.isValueNode() ? node.asText() : node.toString();
        }
        return I18n.tr("targets.catalog.entry", entry,
                I18n.tr("targets.catalog.badValue", field == null ? "?" : Excerpt.of(field), Excerpt.of(value)));
    }

    public String source() {
        return source;
    }

    public Header header() {
        return new Header(document.code(), document.catalogVersion());
    }

    /** The plan as shipped: catalog version set, marked shipped. */
    public Plan plan() {
        return new Plan(0, document.code(), document.name(), document.shortName(), document.document(),
                document.issuedOn(), document.start(), document.end(), document.catalogVersion(), true, document.nameEn(),
                document.shortNameEn());
    }

    public String provinceCode() {
        return document.province().code();
    }

    public String provinceName() {
        return document.province().name();
    }

    /** The province's English name; null when the catalog gives none. */
    public String provinceNameEn() {
        return document.province().nameEn();
    }

    public List<Cluster> clusters() {
        return document.clusters().stream().map(c -> new Cluster(0, c.code(), c.name(), c.city(), true, c.nameEn()))
                .toList();
    }

    public List<Park> parks() {
        return document.parks().stream().map(p -> new Park(0, p.code(), p.name(), p.shortName(), p.city(),
                p.district(), p.cluster(), p.segment(), true, p.nameEn(), p.shortNameEn())).toList();
    }

    public List<Indicator> indicators() {
        return document.indicators().stream().map(i -> new Indicator(0, i.code(), i.name(), i.computation(),
                i.params() == null || i.params().isNull() ? "{}" : i.params().toString(),
                i.unit() == null ? "" : i.unit(), i.description(), true, i.nameEn())).toList();
    }

    public List<Target> targets() {
        return document.targets().stream().map(t -> new Target(0, document.code(), t.code(),
                TargetScope.valueOf(t.scope()), t.scopeCode(), t.clause(), t.sentence(), t.title(),
                TargetKind.valueOf(t.kind()), Comparator.fromCode(t.comparator()), t.value(), Unit.fromSymbol(t.unit()),
                t.deadline(), t.indicator(), blankToNull(t.note()), t.baseline() == null ? null : t.baseline().value(),
                t.baseline() == null ? null : t.baseline().date(), false, true, null, t.titleEn())).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
