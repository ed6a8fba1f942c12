package cn.gongkai.organization;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: openness offices for the demo organs (SAT, Guangdong, Guangzhou) so that their guides
 * and application forms are complete. Illustrative values, replaced by the organs in the console.
 */
@Component
@Order(1)
class DemoOpennessOffices implements ApplicationRunner {

    private static final Map<String, OpennessOffice> DEMO = Map.of(
            "sat", new OpennessOffice(0, "国家税务总局办公厅（政府信息公开办公室）", "北京市海淀区羊坊店西路5号",
                    "工作日上午9:00—11:30，下午13:30—17:00（法定节假日除外）", "010-63417114", "010-63417115",
                    "北京市海淀区羊坊店西路5号 国家税务总局办公厅政府信息公开办公室（信封请注明“政府信息公开申请”）", "100038",
                    "国家税务总局网站“政府信息公开”栏目在线申请"),
            "guangdong", new OpennessOffice(0, "国家税务总局广东省税务局办公室", "广州市天河区珠江新城珠江西路2号",
                    "工作日上午9:00—12:00，下午14:00—17:30（法定节假日除外）", "020-12366000", "020-12366001",
                    "广州市天河区珠江新城珠江西路2号 国家税务总局广东省税务局办公室（信封请注明“政府信息公开申请”）", "510623",
                    "国家税务总局广东省税务局网站“政府信息公开”栏目在线申请"),
            "guangdong-guangzhou", new OpennessOffice(0, "国家税务总局广州市税务局办公室", "广州市越秀区解放南路123号",
                    "工作日上午9:00—12:00，下午14:00—17:30（法定节假日除外）", "020-12366100", null,
                    "广州市越秀区解放南路123号 国家税务总局广州市税务局办公室", "510120",
                    "国家税务总局广州市税务局网站“政府信息公开”栏目在线申请"));

    private final DemoSettings settings;
    private final Organization organization;
    private final OpennessOffices offices;
    private final TransactionTemplate tx;
    private final String jdbcUrl;

    DemoOpennessOffices(DemoSettings settings, Organization organization, OpennessOffices offices,
            TransactionTemplate tx, @Value("${spring.datasource.url}") String jdbcUrl) {
        this.settings = settings;
        this.organization = organization;
        this.offices = offices;
        this.tx = tx;
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabledFor(jdbcUrl)) {
            return;
        }
        tx.executeWithoutResult(status -> DEMO.forEach((code, office) -> organization.organByCode(code)
                .filter(o -> offices.of(o.getId()).isEmpty())
                .ifPresent(o -> offices.store(o.getId(), OpennessOffices.check(o.getId(), office), "demo"))));
    }
}
