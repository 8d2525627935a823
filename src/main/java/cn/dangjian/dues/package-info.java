/**
 * 党费: each member's monthly amount set once a year by the rules of 《关于中国共产党党费收缴、使用和管理的规定》
 * (DF-01…DF-17) with the basis kept, 少交/免交 through their approval (DF-07/DF-19), every payment recorded once
 * (DF-12, never 垫交 or 扣缴: DF-14), voluntary payments with the ≥1000元 route (DF-11/DF-21), the register derived
 * from those records ({@code dues_month}), arrears, remittances handed up with their reconciliation (DF-22), and
 * the ledgers and summaries up the tree generated from them. History is append-only: a correction is a new row
 * naming the row it corrects. Members read their own dues; compliance reads the facts through
 * {@link cn.dangjian.dues.DuesQueries}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "org", "member", "parameters", "documents"})
package cn.dangjian.dues;
