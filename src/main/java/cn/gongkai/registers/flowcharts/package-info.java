/**
 * Process flow charts (权力运行流程图 / 办理流程图) drawn from a register row's STEPS data as accessible
 * SVG (role="img", a title, a description that reads the whole flow, the steps as text), with an
 * ordered list of the steps as the page's text alternative; and the licensing service guide
 * (办事指南) built around one. Nothing here is stored: a chart is drawn from public values each time.
 */
package cn.gongkai.registers.flowcharts;
