package com.myhomecontrol.maintenance.entity;

/**
 * What a reconcile run found and did: rows and files looked at, orphans both ways, what was
 * deleted, and, when it refused to delete, why (else null).
 */
public record ReconcileOutcome(long rows, long files, long rowsWithoutFiles, long filesWithoutRows,
                               long rowsDeleted, long filesDeleted, String refusal) {

    /** The job's exit status: the counts, and where the report is. */
    public String summary(boolean dryRun, String report) {
        String found = rowsWithoutFiles + " of " + rows + " rows without files, " + filesWithoutRows + " of " + files
                + " files without rows";
        String done = refusal != null ? "refused to delete anything, " + refusal
                : dryRun ? "dry run, nothing deleted"
                : "deleted " + rowsDeleted + " rows and " + filesDeleted + " files";
        return found + "; " + done + "; report " + report;
    }
}
