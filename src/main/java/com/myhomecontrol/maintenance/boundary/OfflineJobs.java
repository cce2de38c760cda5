package com.myhomecontrol.maintenance.boundary;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

/**
 * The offline command: runs a job of batch-jobs/ in plain Java SE (JBeret with Weld SE, on the
 * class path of the Maven profile offline), for what must not run inside the server, such as the
 * restore of the time-series store. Prints the job's outcome; exits 0 when it completed, 1 when it
 * did not, 2 when it could not start.
 * <pre>mvn -q -Poffline compile exec:java -Dexec.args="restore set=20261201T030000Z parts=timeseries,files"</pre>
 */
public final class OfflineJobs {

    private static final Set<BatchStatus> ENDED = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);
    private static final long POLL_MILLIS = 100;

    private OfflineJobs() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0 || Arrays.stream(args).skip(1).anyMatch(argument -> argument.indexOf('=') < 1)) {
            System.err.println("Usage: OfflineJobs <job> [name=value ...], e.g. restore set=20261201T030000Z parts=timeseries");
            System.exit(2);
        }
        Properties parameters = new Properties();
        Arrays.stream(args).skip(1).forEach(argument ->
                parameters.setProperty(argument.substring(0, argument.indexOf('=')), argument.substring(argument.indexOf('=') + 1)));
        try {
            JobExecution execution = run(args[0], parameters);
            System.out.println(args[0] + " " + execution.getBatchStatus() + ": " + execution.getExitStatus());
            System.exit(execution.getBatchStatus() == BatchStatus.COMPLETED ? 0 : 1);
        } catch (JobStartException e) {
            System.err.println("Cannot start the job " + args[0] + ": " + e.getMessage());
            System.exit(2);
        }
    }

    private static JobExecution run(String job, Properties parameters) throws InterruptedException {
        JobOperator operator = BatchRuntime.getJobOperator();
        long id = operator.start(job, parameters);
        JobExecution execution = operator.getJobExecution(id);
        while (!ENDED.contains(execution.getBatchStatus())) {
            Thread.sleep(POLL_MILLIS);
            execution = operator.getJobExecution(id);
        }
        return execution;
    }
}
