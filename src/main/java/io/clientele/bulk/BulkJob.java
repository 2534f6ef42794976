package io.clientele.bulk;

import io.clientele.base.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One bulk action or export: who started it, how far it got and which ids it changed. */
@Entity
@Table(name = "bulk_job")
public class BulkJob extends TenantEntity {
    public enum Status {
        RUNNING,
        DONE,
        CANCELLED,
        FAILED
    }

    private String kind;

    @Enumerated(EnumType.STRING)
    private Status status = Status.RUNNING;

    private int total;
    private int done;
    private int affected;

    private String affectedIds;

    private String startedBy;
    private String detail;
    private Instant finishedAt;

    protected BulkJob() {}

    BulkJob(String kind, int total, String startedBy, String detail) {
        this.kind = kind;
        this.total = total;
        this.startedBy = startedBy;
        this.detail = detail;
    }

    public String getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public int getTotal() {
        return total;
    }

    public int getDone() {
        return done;
    }

    public int getAffected() {
        return affected;
    }

    public String getAffectedIds() {
        return affectedIds;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    void progress(int done, int affected, String affectedIds) {
        this.done = done;
        this.affected = affected;
        this.affectedIds = affectedIds;
    }

    void finish(Status status, String detail) {
        this.status = status;
        this.finishedAt = Instant.now();
        if (detail != null) {
            this.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
        }
    }
}
