/** A KPI chart for any PDF (the annual report draws featured KPIs with it): the board pack's own drawing. */
export { CHART_SIZE, drawChart } from "./pdf/chart";
