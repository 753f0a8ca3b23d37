package id.timpora.infrastructure.security;

/**
 * Sign-in attempts counted per client (an IPv4 address or an IPv6 /64, see {@link IpAddresses#clientKey}), so that
 * one client trying many user names is slowed down and then refused, whatever names it tries.
 */
public interface SignInThrottle {

    /**
     * Claims one attempt for the client before any password is checked; false when the client must wait (or is
     * refused for a while), in which case nothing about the account may be looked at or revealed.
     */
    boolean tryAttempt(String client, String username);

    /** The attempt failed; after too many failures the client is refused for a while. */
    void failed(String client);

    /** The attempt succeeded: it does not count against the client. */
    void succeeded(String client);
}
