/**
 * The taxpayer query service (纳税人信息查询) over the public registers: by credit code or exact name,
 * rate-limited, public values only.
 */
package cn.gongkai.registers.query;
