package cn.gongkai.requests.clock;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import cn.gongkai.requests.ReplyReason;
import cn.gongkai.requests.console.RequestHandling;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.RequestState;
import cn.gongkai.requests.dossier.Requests;

/**
 * Every night, closes the requests whose applicant let a period pass: no correction by the day in
 * the notice (Regulations art. 30: "视为放弃申请") and no payment by the day in the fee notice
 * (国办函〔2020〕109号). Both count as 其他处理 in the annual report. Idempotent: run it any time.
 */
@Component
public class DailySweep {

    private static final Logger log = LoggerFactory.getLogger(DailySweep.class);

    private final Requests requests;
    private final RequestHandling handling;
    private final RequestClock requestClock;

    public DailySweep(Requests requests, RequestHandling handling, RequestClock requestClock) {
        this.requests = requests;
        this.handling = handling;
        this.requestClock = requestClock;
    }

    @Scheduled(cron = "${gongkai.requests.sweep-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        int closed = closeLapsed();
        if (closed > 0) {
            log.info("Closed {} requests whose correction or payment period lapsed", closed);
        }
    }

    /** Closes what lapsed before today; returns how many. */
    @Transactional
    public int closeLapsed() {
        LocalDate today = requestClock.today();
        int n = 0;
        for (DisclosureRequest r : requests.findByStateAndCorrectionDueOnBefore(RequestState.AWAITING_CORRECTION,
                today)) {
            handling.closeAs(r, ReplyReason.NO_CORRECTION, r.getCorrectionDueOn().toString(), "system");
            n++;
        }
        for (DisclosureRequest r : requests.findByStateAndFeeFeePayByBefore(RequestState.AWAITING_PAYMENT, today)) {
            handling.closeAs(r, ReplyReason.FEE_UNPAID, r.getFee().getPayBy().toString(), "system");
            n++;
        }
        return n;
    }
}
