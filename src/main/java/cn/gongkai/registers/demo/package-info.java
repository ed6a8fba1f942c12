/**
 * The registers' demo data (演示数据): realistic rows for all fifteen registers, loaded once in demo
 * mode through the same use cases staff use, with unified social credit codes and ID numbers whose
 * check digits are computed, never typed. It refuses to write tables itself: every row goes
 * through {@code RowStore}, every draw through the draws service.
 */
package cn.gongkai.registers.demo;
