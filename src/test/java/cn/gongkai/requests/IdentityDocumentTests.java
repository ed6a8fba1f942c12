package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import cn.gongkai.requests.dossier.IdentityDocument;
import cn.gongkai.requests.intake.IdentityNumbers;

/** The number formats of the identity documents of Regulations art. 29(一). */
class IdentityDocumentTests {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    static String gb11643(String first17) {
        return first17 + IdentityNumbers.residentIdCheck(first17);
    }

    @Test
    void eachDocumentAcceptsItsOwnFormatOnly() {
        assertThat(IdentityDocument.RESIDENT_ID.accepts("440106199003071231", TODAY)).isTrue();
        assertThat(IdentityDocument.PASSPORT.accepts("E12345678", TODAY)).isTrue();
        assertThat(IdentityDocument.PASSPORT.accepts("EA1234567", TODAY)).isTrue();
        assertThat(IdentityDocument.PASSPORT.accepts("ABCDEFG", TODAY)).isFalse();
        assertThat(IdentityDocument.PASSPORT.accepts("E12", TODAY)).isFalse();
        assertThat(IdentityDocument.HK_MACAO_PERMIT.accepts("H12345678", TODAY)).isTrue();
        assertThat(IdentityDocument.HK_MACAO_PERMIT.accepts("M1234567890", TODAY)).isTrue();
        assertThat(IdentityDocument.HK_MACAO_PERMIT.accepts("H123456789", TODAY)).isFalse();
        assertThat(IdentityDocument.HK_MACAO_PERMIT.accepts("K12345678", TODAY)).isFalse();
        assertThat(IdentityDocument.TAIWAN_PERMIT.accepts("12345678", TODAY)).isTrue();
        assertThat(IdentityDocument.TAIWAN_PERMIT.accepts("1234567", TODAY)).isFalse();
        assertThat(IdentityDocument.HMT_RESIDENCE_PERMIT.accepts(gb11643("81000019900307123"), TODAY)).isTrue();
        assertThat(IdentityDocument.HMT_RESIDENCE_PERMIT.accepts(gb11643("83000019851215002"), TODAY)).isTrue();
        assertThat(IdentityDocument.HMT_RESIDENCE_PERMIT.accepts(gb11643("44010619900307123"), TODAY)).isFalse();
        String hk = gb11643("82000019900307123");
        char wrong = hk.charAt(17) == '0' ? '1' : '0';
        assertThat(IdentityDocument.HMT_RESIDENCE_PERMIT.accepts(hk.substring(0, 17) + wrong, TODAY)).isFalse();
        assertThat(IdentityDocument.PERMANENT_RESIDENCE.accepts("USA110085061201", TODAY)).isTrue();
        assertThat(IdentityDocument.PERMANENT_RESIDENCE.accepts(gb11643("93184019850612001"), TODAY)).isTrue();
        assertThat(IdentityDocument.PERMANENT_RESIDENCE.accepts(gb11643("93184019851312001"), TODAY)).isFalse();
        assertThat(IdentityDocument.PERMANENT_RESIDENCE.accepts("US1100850612011", TODAY)).isFalse();
        assertThat(IdentityDocument.RESIDENT_ID.accepts("H12345678", TODAY)).isFalse();
    }
}
