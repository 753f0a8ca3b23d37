package id.timpora.partner;

/**
 * A lodging told of a guest more than 24 hours after check-in (UU 6/2011 Pasal 72 asks for 24): published inside the
 * notice's transaction, so the officers covering the desa hear of it in the same commit or not at all.
 */
public record LateNoticeReceived(long noticeId, long organisationId, String regionCode) {}
