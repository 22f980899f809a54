package org.ecopark.ledger.logic.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8Writer} writes the bytes an OutputStreamWriter for UTF-8 behind a BufferedWriter writes. */
class Utf8WriterTest {

    /** One write, as a sheet's writer makes them. */
    private interface Step {
        void to(Writer writer) throws IOException;
    }

    @Test
    void everyKindOfCharacterAndWriteGivesTheBytesOfJavasOwnWriter() throws IOException {
        // ASCII, Latin, Chinese, a pair (U+1F600), a pair split across two writes, and surrogates without their pair
        List<Step> steps = List.of(
                w -> w.write("<c r=\"A1\" t=\"inlineStr\">"),
                w -> w.write("统一社会信用代码 é ß"),
                w -> w.write("😀"),
                w -> w.write('\uD83D'),
                w -> w.write('\uDE00'),
                w -> w.write("x\uD800y"),
                w -> w.write("\uDC00"),
                w -> w.write(new char[] {'a', '\uD83D', '\uDE00', 'b'}, 1, 2),
                w -> w.write("园区台账", 1, 2),
                w -> w.write('\u00A0'),
                w -> w.write('\uFFFF'));
        assertThat(written(steps, Utf8Writer::new)).isEqualTo(written(steps, Utf8WriterTest::javas));
    }

    @Test
    void aHighSurrogateLeftAtTheCloseBecomesAQuestionMarkAsInJavasWriter() throws IOException {
        List<Step> steps = List.of(w -> w.write("end"), w -> w.write('\uD83D'));

        byte[] lean = written(steps, Utf8Writer::new);

        assertThat(lean).isEqualTo(written(steps, Utf8WriterTest::javas));
        assertThat(new String(lean, StandardCharsets.UTF_8)).isEqualTo("end?");
    }

    @Test
    void randomTextLongerThanTheBufferGivesTheSameBytes() throws IOException {
        Random random = new Random(42);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(12); c > 0; c--) {
                int kind = random.nextInt(10);
                text.append(kind < 5 ? (char) (0x20 + random.nextInt(0x5F)) : kind < 7 ? (char) (0x4E00 + random.nextInt(0x5000))
                        : kind < 8 ? (char) (0x80 + random.nextInt(0x780)) : kind < 9 ? (char) (0xD800 + random.nextInt(0x800))
                        : (char) random.nextInt(0x10000));
            }
            String written = text.toString();
            steps.add(i % 3 == 0 ? w -> w.write(written.toCharArray()) : w -> w.write(written));
        }
        assertThat(written(steps, Utf8Writer::new)).isEqualTo(written(steps, Utf8WriterTest::javas));
    }

    @Test
    void aFlushWritesEverythingButAPendingHalfOfAPairAndNothingIsWrittenAfterTheClose() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writer writer = new Utf8Writer(out);

        writer.write("园区\uD83D");
        writer.flush();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("园区");
        writer.write('\uDE00');
        writer.close();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("园区😀");
        assertThatThrownBy(writer::flush).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> writer.write("more")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> writer.write('x')).isInstanceOf(IOException.class);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("园区😀");
    }

    private static Writer javas(ByteArrayOutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private interface WriterOf {
        Writer over(ByteArrayOutputStream out);
    }

    private static byte[] written(List<Step> steps, WriterOf writerOf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = writerOf.over(out)) {
            for (Step step : steps) {
                step.to(writer);
            }
        }
        return out.toByteArray();
    }
}
