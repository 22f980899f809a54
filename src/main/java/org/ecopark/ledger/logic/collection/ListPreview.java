package org.ecopark.ledger.logic.collection;

import java.util.List;
import java.util.Map;

/**
 * The first rows of a list file, for choosing which column holds which field.
 *
 * @param sheets  the workbook's sheets (empty for a CSV file)
 * @param sheet   the sheet shown (null for a CSV file)
 * @param headers the header row's titles by column (blank for a column without a title)
 * @param rows    the rows below the header, as text, each as wide as the headers
 * @param guessed field -> column the headers suggest
 */
public record ListPreview(List<String> sheets, String sheet, List<String> headers, List<List<String>> rows,
                          Map<String, Integer> guessed) {
}
