package kr.tupyo.election.internal;

/**
 * One problem in an imported file.
 *
 * @param line   1-based line number (1 is the header)
 * @param column the column name, or null for the whole line
 */
public record LineError(long line, String column, String message) {
}
