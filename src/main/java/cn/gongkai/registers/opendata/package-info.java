/**
 * Open data of the registers (开放数据): each register as a dataset with full downloads (CSV, XLSX,
 * JSON) streamed from the database without a row cap, its data dictionary and its Atom feeds of
 * changes. It reads only what the public may hold ({@code public_json}) and refuses to write rows.
 */
package cn.gongkai.registers.opendata;
