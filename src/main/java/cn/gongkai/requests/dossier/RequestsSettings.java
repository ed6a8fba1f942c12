package cn.gongkai.requests.dossier;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the requests module ({@code gongkai.requests.*}).
 *
 * @param antirobot       "on" (default) or "off" (GONGKAI_ANTIROBOT=off: tests, or deployments whose
 *                        gateway does its own bot screening); rate limiting stays on either way
 * @param antirobotSecret HMAC key of the challenges; empty = random per start (one node only:
 *                        several nodes must share a configured key)
 * @param applyBurst      applications one client address may send at once
 * @param applyRefill     time to earn one more application (token bucket)
 * @param trackBurst      tracking-page look-ups one address may make at once
 * @param trackRefill     time to earn one more look-up
 * @param letterFonts     TrueType fonts for the PDF letters, tried in order per character (a CJK font
 *                        first, then Latin fonts for what it lacks); empty = the platform's
 *                        {@code gongkai.pdf.fonts}
 * @param similarity      character-bigram Jaccard similarity from which two descriptions count as
 *                        asking for the same information (proactive-disclosure candidates)
 * @param publicBaseUrl   the site's public address, used in e-mails (links to the tracking page)
 * @param mailFrom        sender address of the e-mails to applicants
 */
@ConfigurationProperties("gongkai.requests")
public record RequestsSettings(@DefaultValue("on") String antirobot, @DefaultValue("") String antirobotSecret,
        @DefaultValue("10") int applyBurst, @DefaultValue("6m") Duration applyRefill,
        @DefaultValue("60") int trackBurst, @DefaultValue("1s") Duration trackRefill,
        @DefaultValue List<String> letterFonts,
        @DefaultValue("0.5") double similarity, @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("noreply@localhost") String mailFrom, @DefaultValue("30") int maxCorrectionDays,
        @DefaultValue("366") int maxDeferralDays, @DefaultValue("365") int candidateWindowDays) {

    boolean antirobotEnabled() {
        return !"off".equalsIgnoreCase(antirobot) && !"false".equalsIgnoreCase(antirobot);
    }
}
