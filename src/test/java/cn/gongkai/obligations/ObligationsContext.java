package cn.gongkai.obligations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.support.TestClockConfig;

/**
 * The one application context of this module's web and integration tests (shared, for speed):
 * the whole platform on a random port with a movable clock. The test profile turns the scheduled
 * jobs off, so the tests run them at the instants they choose.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@interface ObligationsContext {
}
