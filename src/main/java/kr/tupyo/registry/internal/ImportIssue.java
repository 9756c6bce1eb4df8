package kr.tupyo.registry.internal;

import java.util.List;

/**
 * One error or warning of an import: where (line 1 is the header; column by name, or null for the
 * whole line or file) and what (a stable code with arguments for the message). Arguments never carry
 * a registration number, name or address: only codes, dates and counts.
 */
public record ImportIssue(long line, String column, String code, List<String> args) {

    public ImportIssue {
        args = List.copyOf(args);
    }
}
