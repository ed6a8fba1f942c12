package cn.gongkai.publishing.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import cn.gongkai.publishing.attachments.FileTypeSniffer.Accepted;
import cn.gongkai.publishing.attachments.FileTypeSniffer.Executable;
import cn.gongkai.publishing.attachments.FileTypeSniffer.FileType;
import cn.gongkai.publishing.attachments.FileTypeSniffer.Unknown;

class FileTypeSnifferTests {

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write("<x/>".getBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void recognizesAcceptedTypesFromTheirBytes() throws IOException {
        assertThat(FileTypeSniffer.sniff("%PDF-1.7\n".getBytes())).isEqualTo(new Accepted(FileType.PDF));
        assertThat(FileTypeSniffer.sniff(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0 }))
                .isEqualTo(new Accepted(FileType.PNG));
        assertThat(FileTypeSniffer.sniff(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0 }))
                .isEqualTo(new Accepted(FileType.JPEG));
        assertThat(FileTypeSniffer.sniff(zip("[Content_Types].xml", "word/document.xml")))
                .isEqualTo(new Accepted(FileType.DOCX));
        assertThat(FileTypeSniffer.sniff(zip("[Content_Types].xml", "xl/workbook.xml")))
                .isEqualTo(new Accepted(FileType.XLSX));
    }

    @Test
    void recognizesExecutablesAndRefusesOtherZips() throws IOException {
        assertThat(FileTypeSniffer.sniff(new byte[] { 'M', 'Z', (byte) 0x90, 0 })).isInstanceOf(Executable.class);
        assertThat(FileTypeSniffer.sniff(new byte[] { 0x7f, 'E', 'L', 'F', 2 })).isInstanceOf(Executable.class);
        assertThat(FileTypeSniffer.sniff("#!/bin/sh\nrm -rf /".getBytes())).isInstanceOf(Executable.class);
        assertThat(FileTypeSniffer.sniff(zip("a.txt"))).isInstanceOf(Unknown.class);
        assertThat(FileTypeSniffer.sniff("<html><script>".getBytes())).isInstanceOf(Unknown.class);
        assertThat(FileTypeSniffer.sniff(new byte[0])).isInstanceOf(Unknown.class);
    }
}
