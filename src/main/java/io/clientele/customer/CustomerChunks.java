package io.clientele.customer;

import io.clientele.base.SpecificationQueries;
import io.clientele.bulk.BulkJobService;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The loop of every job over a customer selection: the next {@value #CHUNK} ids (keyset on id, so the selection is
 * never loaded whole), then the chunk's work and the job's progress in one transaction. Callers authorize.
 */
@Component
class CustomerChunks {
    static final int CHUNK = 1000;

    private final SpecificationQueries queries;
    private final TransactionTemplate tx;
    private final BulkJobService jobs;
    private final CustomerRepository customers;

    CustomerChunks(
            SpecificationQueries queries, TransactionTemplate tx, BulkJobService jobs, CustomerRepository customers) {
        this.queries = queries;
        this.tx = tx;
        this.jobs = jobs;
        this.customers = customers;
    }

    long count(CustomerSelection s) {
        return tx.execute(st -> customers.count(s.where()));
    }

    /** {@code chunkWork} gets a chunk's ids and returns those it changed (ascending). */
    BulkJobService.Handle start(
            String kind,
            String summary,
            CustomerSelection s,
            Consumer<BulkJobService.Progress> listener,
            Function<List<Long>, List<Long>> chunkWork) {
        Specification<Customer> where = s.where();
        int total = (int) count(s);
        return jobs.start(
                kind,
                summary,
                total,
                step -> {
                    long after = 0;
                    while (!step.cancelled()) {
                        long from = after;
                        List<Long> ids = tx.execute(st -> queries.idsAfter(Customer.class, where, from, CHUNK));
                        if (ids.isEmpty()) {
                            break;
                        }
                        tx.executeWithoutResult(st -> {
                            step.advance(ids.size(), chunkWork.apply(ids));
                            step.checkpoint();
                        });
                        after = ids.getLast();
                    }
                    return null;
                },
                listener);
    }
}
