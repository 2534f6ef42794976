package io.clientele.booking;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<Booking, Long> {
    List<Booking> findByCustomerId(Long customerId, Pageable page);

    long countByCustomerId(Long customerId);

    /** The staff member's live bookings that overlap [start, end). */
    @Query(
            "select b from Booking b where b.staffId = :staffId and b.status = io.clientele.booking.BookingStatus.BOOKED "
                    + "and b.startsAt < :end and b.endsAt > :start order by b.startsAt")
    List<Booking> overlapping(Long staffId, Instant start, Instant end);
}

interface PaymentRepository extends JpaRepository<Payment, Long> {
    List<Payment> findByCustomerId(Long customerId, Pageable page);

    long countByCustomerId(Long customerId);

    /** [currency, sum] of what the customer paid (PAID only). */
    @Query("select p.currency, sum(p.amount) from Payment p where p.customerId = :customerId "
            + "and p.status = io.clientele.booking.Payment.Status.PAID group by p.currency order by p.currency")
    List<Object[]> paidTotals(Long customerId);
}
