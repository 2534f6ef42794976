package io.clientele.bulk;

import io.clientele.audit.AuditService;
import io.clientele.audit.Summary;
import io.clientele.base.Databases;
import io.clientele.base.IdRanges;
import io.clientele.security.CurrentUser;
import io.clientele.security.SystemAuthentication;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs bulk actions and exports in the background, as the user who started them. Work goes in chunks: a mutating
 * job commits each chunk together with the job's progress ({@link Step#checkpoint()}), so a crash never leaves
 * half a chunk applied, and the job row says how far it got. One audit event per job names every affected id.
 */
@Service
public class BulkJobService {
    private static final Logger log = LoggerFactory.getLogger(BulkJobService.class);
    /** Above the audit column's limit the event points at the job row, which keeps every id. */
    private static final int AUDIT_IDS_MAX = 90_000;

    private final BulkJobRepository jobs;
    private final AuditService audit;
    private final TransactionTemplate tx;
    /** Well under {@link BulkJobRepository#ABANDONED_AFTER_SECONDS}. */
    private static final int BEAT_SECONDS = 5;

    /** This process among the nodes sharing the database: the job rows say which node runs them. */
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private final boolean embedded;
    /**
     * Jobs this node runs now: an idle node has nothing to beat for and writes nothing, and this node takes none of
     * its own for abandoned, whatever their beat says (a wall clock stepped forward or a long pause makes a live job
     * look so).
     */
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bulk-job-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "bulk-job");
        t.setDaemon(true);
        return t;
    });

    BulkJobService(BulkJobRepository jobs, AuditService audit, TransactionTemplate tx, DataSource dataSource) {
        this.jobs = jobs;
        this.audit = audit;
        this.tx = tx;
        this.embedded = !Databases.postgres(dataSource);
        heartbeat.scheduleWithFixedDelay(this::beat, BEAT_SECONDS, BEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** The job's own code: called once on a worker thread; returns a detail for the finished job (e.g. a file name). */
    public interface Work {
        String run(Step step) throws Exception;
    }

    /** What the work reports back while it runs. */
    public interface Step {
        boolean cancelled();

        /** {@code rows} more were handled, of which {@code affected} changed (ascending ids); heard after commit. */
        void advance(int rows, Collection<Long> affected);

        /** Writes the progress into the job row; call inside the transaction of the chunk it describes. */
        void checkpoint();
    }

    public record Progress(long jobId, BulkJob.Status status, int done, int total, int affected, String detail) {
        public boolean finished() {
            return status != BulkJob.Status.RUNNING;
        }
    }

    /** A running job: cancel it or wait for it. */
    public static final class Handle {
        private final long id;
        private final AtomicBoolean cancel = new AtomicBoolean();
        private final CompletableFuture<Progress> result = new CompletableFuture<>();

        private Handle(long id) {
            this.id = id;
        }

        public long id() {
            return id;
        }

        public void cancel() {
            cancel.set(true);
        }

        public Progress await(Duration timeout) {
            try {
                return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Job " + id + " did not finish", e);
            }
        }
    }

    /**
     * Starts {@code work} as job {@code kind} over {@code total} rows; {@code listener} hears every advance and the
     * end (on the worker thread). {@code summary} is what the job is about beyond its kind (group names, a message),
     * the first value of its audit event.
     */
    public Handle start(String kind, String summary, int total, Work work, Consumer<Progress> listener) {
        String who = CurrentUser.require().getUsername();
        BulkJob job = tx.execute(s -> {
            BulkJob saved = jobs.save(new BulkJob(kind, total, who, summary));
            jobs.flush();
            jobs.claim(saved.getId(), node);
            return saved;
        });
        Handle handle = new Handle(job.getId());
        SecurityContext context = SecurityContextHolder.getContext();
        running.add(job.getId());
        workers.execute(() -> {
            SecurityContextHolder.setContext(context);
            try {
                handle.result.complete(run(job.getId(), kind, summary, total, work, listener, handle.cancel));
            } catch (RuntimeException | Error e) {
                handle.result.completeExceptionally(e);
            } finally {
                running.remove(job.getId());
                SecurityContextHolder.clearContext();
            }
        });
        return handle;
    }

    private Progress run(
            long jobId,
            String kind,
            String summary,
            int total,
            Work work,
            Consumer<Progress> listener,
            AtomicBoolean cancel) {
        RunningStep step = new RunningStep(jobId, total, listener, cancel);
        BulkJob.Status status;
        String detail;
        try {
            detail = work.run(step);
            status = cancel.get() ? BulkJob.Status.CANCELLED : BulkJob.Status.DONE;
        } catch (Exception e) {
            log.warn("Bulk job {} ({}) failed", jobId, kind, e);
            status = BulkJob.Status.FAILED;
            detail = e.getMessage();
        }
        BulkJob.Status end = status;
        String endDetail = detail;
        boolean ended = Boolean.TRUE.equals(tx.execute(s -> {
            BulkJob job = jobs.findById(jobId).orElseThrow();
            if (job.getStatus() != BulkJob.Status.RUNNING) {
                // Another node took this one for dead (it missed its beats) and failed it: that stands.
                return false;
            }
            job.progress(step.done, step.affected, step.ranges.toString());
            job.finish(end, endDetail);
            audit.record(
                    kind,
                    "BULK_JOB",
                    jobId,
                    Summary.of(summary, step.affected, total, end.ordinal() - 1),
                    null,
                    auditState(job));
            return true;
        }));
        Progress last = ended
                ? new Progress(jobId, end, step.done, total, step.affected, endDetail)
                : new Progress(jobId, BulkJob.Status.FAILED, step.done, total, step.affected, null);
        listener.accept(last);
        return last;
    }

    /** What the job's audit event says it did: its end, how many rows it changed, and which. */
    private static Map<String, Object> auditState(BulkJob job) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", job.getStatus());
        state.put("count", job.getAffected());
        String ranges = Objects.toString(job.getAffectedIds(), "");
        state.put(
                "ids",
                ranges.length() <= AUDIT_IDS_MAX
                        ? ranges
                        : "(" + job.getAffected() + " ids, kept in bulk job " + job.getId() + ")");
        return state;
    }

    private final class RunningStep implements Step {
        private final long jobId;
        private final int total;
        private final Consumer<Progress> listener;
        private final AtomicBoolean cancel;
        private int done;
        private int affected;
        private final IdRanges ranges = new IdRanges();

        RunningStep(long jobId, int total, Consumer<Progress> listener, AtomicBoolean cancel) {
            this.jobId = jobId;
            this.total = total;
            this.listener = listener;
            this.cancel = cancel;
        }

        @Override
        public boolean cancelled() {
            return cancel.get();
        }

        @Override
        public void advance(int rows, Collection<Long> changed) {
            done += rows;
            affected += changed.size();
            ranges.add(changed);
            Progress now = new Progress(jobId, BulkJob.Status.RUNNING, done, total, affected, null);
            // Inside a chunk's transaction the bar moves only once the chunk is committed, never ahead of the data;
            // a read-only one (an export's) has nothing to commit.
            if (TransactionSynchronizationManager.isSynchronizationActive()
                    && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        listener.accept(now);
                    }
                });
            } else {
                listener.accept(now);
            }
        }

        @Override
        public void checkpoint() {
            jobs.findById(jobId).orElseThrow().progress(done, affected, ranges.toString());
        }
    }

    /** The job's row, for undo and for tests. */
    public BulkJob job(long id) {
        return tx.execute(s -> jobs.findById(id).orElseThrow());
    }

    /**
     * Jobs a stopped process left running are failed: their committed chunks stay, the rest never ran. The embedded
     * database is held by one process, so at its start every running job is such a one; nodes sharing PostgreSQL
     * fail the jobs of a node that stopped saying it runs them.
     */
    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        fail(embedded ? jobs.runningInAnyTenant() : jobs.abandonedInAnyTenant());
    }

    /**
     * Every few seconds on each node: the jobs of a node that died (SIGKILL, power cut) end as failed. At a fixed
     * rate, not delay: Spring runs every fixed-delay task of a node on one thread, where the webhook worker may drain
     * thousands of deliveries (a dead node's bulk job leaves them) and kept this check waiting for minutes. Two runs
     * may overlap; a job is failed once (only while it runs).
     */
    @Scheduled(fixedRateString = "PT5S", initialDelayString = "PT5S")
    void failAbandoned() {
        fail(jobs.abandonedInAnyTenant());
    }

    private void fail(List<Object[]> interrupted) {
        for (Object[] row : interrupted) {
            long id = ((Number) row[0]).longValue();
            long tenantId = ((Number) row[1]).longValue();
            if (node.equals(row[2]) && running.contains(id)) {
                continue;
            }
            AtomicBoolean failedHere = new AtomicBoolean();
            SystemAuthentication.run(
                    tenantId,
                    () -> failedHere.set(Boolean.TRUE.equals(tx.execute(s -> {
                        if (jobs.failIfRunning(id) == 0) {
                            return false;
                        }
                        BulkJob job = jobs.findById(id).orElseThrow();
                        String summary = job.getDetail();
                        String why =
                                "Interrupted by a restart after " + job.getDone() + " of " + job.getTotal() + " rows";
                        job.finish(BulkJob.Status.FAILED, why);
                        audit.record(
                                job.getKind(),
                                "BULK_JOB",
                                id,
                                Summary.of(summary, job.getDone(), job.getTotal(), 3),
                                null,
                                auditState(job));
                        return true;
                    }))));
            if (failedHere.get()) {
                log.warn("Bulk job {} was interrupted (its node stopped) and is marked failed by {}", id, node);
            }
        }
    }

    /** Says the jobs this node runs are still running, also while a chunk takes long and with scheduling off. */
    private void beat() {
        if (running.isEmpty()) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> jobs.beat(node));
        } catch (RuntimeException e) {
            log.warn("Bulk job heartbeat of {} failed", node, e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        heartbeat.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(20, TimeUnit.SECONDS);
    }
}
