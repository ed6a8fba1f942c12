package cn.gongkai.requests.dossier;

/** Where a request stands. Open states run (or pause) the reply clock; REPLIED and CLOSED are final. */
public enum RequestState {
    /** 办理中: the 20-working-day clock runs (Regulations art. 33). */
    IN_PROGRESS,
    /** 待补正: a correction notice was sent; the clock restarts at the corrected application (art. 30). */
    AWAITING_CORRECTION,
    /** 征求意见中: a third party or co-authoring organ is consulted; the clock stands still (art. 32–34). */
    CONSULTING,
    /** 待缴费: a fee notice was sent; the clock stands still until payment (国办函〔2020〕109号). */
    AWAITING_PAYMENT,
    /** 已答复 */
    REPLIED,
    /** 已终止: abandoned, fee unpaid or withdrawn (其他处理). */
    CLOSED;

    public boolean isOpen() {
        return this != REPLIED && this != CLOSED;
    }
}
