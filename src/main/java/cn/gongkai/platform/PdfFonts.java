package cn.gongkai.platform;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The TrueType fonts every PDF of the application is typeset with ({@code gongkai.pdf.fonts}),
 * tried in order per character: a CJK font first (Debian package {@code fonts-droid-fallback} by
 * default; real glyphs must be embedded for Chinese), then Latin fonts for what it lacks. Embedded
 * as subsets, so the text can be searched and copied.
 */
@ConfigurationProperties("gongkai.pdf")
public record PdfFonts(@DefaultValue({ "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf" }) List<String> fonts) {

    /** Every readable font of {@code paths} (of {@link #fonts()} when empty), in order; one must draw Chinese. */
    public List<PDType0Font> load(PDDocument doc, List<String> paths) throws IOException {
        List<String> tried = paths == null || paths.isEmpty() ? fonts : paths;
        List<PDType0Font> out = new ArrayList<>();
        for (String path : tried) {
            Path p = Path.of(path);
            if (!Files.isReadable(p)) {
                continue;
            }
            if (path.toLowerCase().endsWith(".ttc")) {
                TrueTypeFont[] first = new TrueTypeFont[1];
                TrueTypeCollection ttc = new TrueTypeCollection(new File(path));
                ttc.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                if (first[0] != null) {
                    out.add(PDType0Font.load(doc, first[0], true));
                }
                continue;
            }
            out.add(PDType0Font.load(doc, p.toFile()));
        }
        if (out.stream().noneMatch(f -> PdfTypesetter.draws(f, '中'))) {
            throw new IllegalStateException("No CJK font for PDFs: install Debian package fonts-droid-fallback or "
                    + "set gongkai.pdf.fonts (tried " + tried + ")");
        }
        return out;
    }
}
