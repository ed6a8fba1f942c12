package cn.gongkai.registers.types;

import java.text.Normalizer;

/** Full-width forms typed with a Chinese input method (１２３、ＡＢＣ、－) as their ASCII equivalents. */
final class Normalizing {

    private Normalizing() {
    }

    static String halfWidth(String raw) {
        return raw == null ? null : Normalizer.normalize(raw, Normalizer.Form.NFKC).trim();
    }
}
