package org.ecopark.ledger.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void aByteOrderMarkIsSkippedAndLinesAreNumberedFromTheHeader() throws IOException {
        List<Csv.Line> lines = Csv.parse("\uFEFFa,b\r\n1,2\r\n\r\n3,4");

        assertThat(lines).extracting(Csv.Line::number).containsExactly(1, 2, 4);
        assertThat(lines.get(0).fields()).containsExactly("a", "b");
        assertThat(lines.get(2).fields()).containsExactly("3", "4");
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws IOException {
        List<Csv.Line> lines = Csv.parse("x,y\n\"a,b\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,1\n");

        assertThat(lines.get(1).fields()).containsExactly("a,b", "say \"hi\"");
        assertThat(lines.get(2).fields()).containsExactly("two\nlines", "z");
        assertThat(lines.get(3).number()).isEqualTo(5);
    }

    @Test
    void emptyFieldsAreKept() throws IOException {
        assertThat(Csv.parse("a,,c,\n").get(0).fields()).containsExactly("a", "", "c", "");
    }

    @Test
    void anUnclosedQuoteNamesTheLineItsRecordStartsOn() {
        assertThatThrownBy(() -> Csv.parse("a\nb\n\"open\nnever closed"))
                .isInstanceOf(Csv.CsvSyntaxException.class)
                .satisfies(e -> assertThat(((Csv.CsvSyntaxException) e).line()).isEqualTo(3));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws IOException {
        List<List<String>> rows = List.of(List.of("枣庄,市中区", "\"引号\"", ""), List.of("多\n行", "x", "y"));
        StringWriter out = new StringWriter();

        Csv.write(out, List.of("a", "b", "c"), rows);
        List<Csv.Line> lines = Csv.parse(out.toString());

        assertThat(out.toString()).startsWith("\uFEFFa,b,c\n");
        assertThat(lines.subList(1, 3)).extracting(Csv.Line::fields).containsExactlyElementsOf(rows);
    }
}
