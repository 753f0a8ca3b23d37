package id.timpora.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Checks the audit hash chain every night, on one node, and logs the result (an ERROR when it is broken). */
@Component
class AuditChainCheck {

    private static final Logger log = LoggerFactory.getLogger(AuditChainCheck.class);

    private final AuditChain chain;

    AuditChainCheck(AuditChain chain) {
        this.chain = chain;
    }

    @Scheduled(cron = "${timpora.audit.chain-check-cron:0 0 2 * * *}", zone = "${timpora.backup.zone}")
    @SchedulerLock(name = "audit-chain-check", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void check() {
        AuditChain.Verification result = chain.verify();
        if (result.intact()) {
            log.info(
                    "Audit chain intact: {} rows, head {} {}, checked in {} ms",
                    result.rowsChecked(),
                    result.headSeq(),
                    result.headHash(),
                    result.took().toMillis());
        } else {
            log.error(
                    "Audit chain BROKEN at {} (head {} {})", result.firstBreak(), result.headSeq(), result.headHash());
        }
    }
}
