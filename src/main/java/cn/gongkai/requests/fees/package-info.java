/**
 * Information-processing fees (信息处理费, 国办函〔2020〕109号): the schedule and the fee notice step.
 */
package cn.gongkai.requests.fees;
