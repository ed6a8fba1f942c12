package cn.gongkai.requests.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names of files attached to a reply lose bidirectional and control characters (they are printed in the letter). */
class UploadNameTests {

    @Test
    void bidiOverridesIsolatesMarksAndControlsAreRemoved() {
        assertThat(UploadCheck.clean("答复\u202Efdp.exe")).isEqualTo("答复fdp.exe");
        assertThat(UploadCheck.clean("\u2066材料\u2069\u202A\u202B\u202C\u202D\u200E\u200F\u061C\u0000\u001F.pdf"))
                .isEqualTo("材料.pdf");
        assertThat(UploadCheck.clean("C:\\tmp\\清单\u202E.xlsx")).isEqualTo("清单.xlsx");
    }
}
