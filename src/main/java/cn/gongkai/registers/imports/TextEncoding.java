package cn.gongkai.registers.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * The character encoding (字符编码) of an imported CSV file: a byte order mark decides; else the
 * file is decoded as strict UTF-8; else as strict GB18030 (the superset of GBK and GB 2312 that
 * Chinese spreadsheet software writes). Strict: a byte sequence the encoding does not define is
 * a refusal, never a replacement character, so nothing is silently altered.
 */
final class TextEncoding {

    private TextEncoding() {
    }

    /** The text and the name of the encoding it was read with. */
    record Decoded(String text, String encoding) {
    }

    static final Charset GB18030 = Charset.forName("GB18030");

    /** Detects the encoding; empty when neither UTF-8 nor GB18030 decodes the bytes. */
    static Optional<Decoded> detect(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        return strict(bytes, 0, StandardCharsets.UTF_8).or(() -> strict(bytes, 0, GB18030));
    }

    /** Decodes with the encoding the operator named; empty when the bytes are not in it. */
    static Optional<Decoded> decode(byte[] bytes, Charset charset) {
        int skip = charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return strict(bytes, skip, charset);
    }

    /** The charset an operator named ({@code GBK}, {@code gb18030}, {@code UTF-8}), empty when unknown. */
    static Optional<Charset> named(String name) {
        try {
            return Optional.of(Charset.forName(name.trim()));
        }
        catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(new Decoded(chars.toString(), charset.name()));
        }
        catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
