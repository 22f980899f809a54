package org.ecopark.ledger.logic;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.regex.Pattern;
import org.ecopark.ledger.l10n.I18n;

/**
 * What the user reads about a JSON file from outside that the program could not take. The parser's own
 * sentence names the character it stumbled on, which helps; but it also describes the parser (where its
 * source was, which of its limits was reached, the Java types it meant to make), which is no business of the
 * user's: that part is left out, a value of the wrong type is named by its field, and a parser limit is said
 * in the program's words.
 */
public final class JsonProblem {

    /** How much of the parser's sentence is quoted. */
    private static final int MAX = 200;
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(start marker at \\[Source: .*?; line: \\d+, column: \\d+\\]\\)"
            + "|\\s*at \\[Source: .*?; line: \\d+, column: \\d+\\]", Pattern.DOTALL);
    private static final Pattern QUOTED_TYPE = Pattern.compile("`(?:[\\w$]+\\.)*([\\w$]+)`");

    private JsonProblem() {
    }

    /** The reason, for a message that names the file: a sentence or part of one, bounded in length. */
    public static String of(Exception error) {
        if (error instanceof StreamConstraintsException) {
            return I18n.tr("app.json.limits");
        }
        if (error instanceof NumberFormatException) {
            return I18n.tr("app.json.number");
        }
        if (error instanceof JsonMappingException mapping) {
            String path = path(mapping);
            return path.isEmpty() ? I18n.tr("app.json.shape") : I18n.tr("app.json.value", Excerpt.of(path));
        }
        String text = error instanceof JacksonException json ? json.getOriginalMessage() : null;
        if (text == null || text.isBlank()) {
            return I18n.tr("app.json.shape");
        }
        text = QUOTED_TYPE.matcher(SOURCE.matcher(text).replaceAll("")).replaceAll("$1");
        return Excerpt.of(text, MAX);
    }

    /** The field a mapping error is about, as {@code files[2].size}. */
    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
