/* jx-stated-figure.h: a figure exactly as the report writes it
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-record.h"

G_BEGIN_DECLS

/**
 * JxStatedFigureKind:
 * @JX_STATED_FIGURE_KIND_NONE: not given
 * @JX_STATED_FIGURE_KIND_INITIAL_BUDGET: 年初预算
 * @JX_STATED_FIGURE_KIND_TOTAL_BUDGET: 全年预算
 * @JX_STATED_FIGURE_KIND_TOTAL_REVENUE: 总收入
 * @JX_STATED_FIGURE_KIND_TOTAL_EXPENDITURE: 总支出
 * @JX_STATED_FIGURE_KIND_BASIC_EXPENDITURE: 基本支出
 * @JX_STATED_FIGURE_KIND_PROJECT_EXPENDITURE: 项目支出
 * @JX_STATED_FIGURE_KIND_TRANSFER_TOTAL: 转移支付 total
 * @JX_STATED_FIGURE_KIND_TRANSFER_CENTRAL: 转移支付 from 中央
 * @JX_STATED_FIGURE_KIND_TRANSFER_PROVINCIAL: 转移支付 from 省级
 * @JX_STATED_FIGURE_KIND_THREE_PUBLIC_TOTAL: 三公经费 total
 * @JX_STATED_FIGURE_KIND_CARRY_OVER: 结转结余
 * @JX_STATED_FIGURE_KIND_EXECUTION_RATE: 预算执行率, in percent
 * @JX_STATED_FIGURE_KIND_ATTAINMENT_RATE: 绩效目标完成率, in percent
 * @JX_STATED_FIGURE_KIND_TOTAL_SCORE: 综合得分
 * @JX_STATED_FIGURE_KIND_GRADE: 自评结果
 */
typedef enum {
  JX_STATED_FIGURE_KIND_NONE,
  JX_STATED_FIGURE_KIND_INITIAL_BUDGET,
  JX_STATED_FIGURE_KIND_TOTAL_BUDGET,
  JX_STATED_FIGURE_KIND_TOTAL_REVENUE,
  JX_STATED_FIGURE_KIND_TOTAL_EXPENDITURE,
  JX_STATED_FIGURE_KIND_BASIC_EXPENDITURE,
  JX_STATED_FIGURE_KIND_PROJECT_EXPENDITURE,
  JX_STATED_FIGURE_KIND_TRANSFER_TOTAL,
  JX_STATED_FIGURE_KIND_TRANSFER_CENTRAL,
  JX_STATED_FIGURE_KIND_TRANSFER_PROVINCIAL,
  JX_STATED_FIGURE_KIND_THREE_PUBLIC_TOTAL,
  JX_STATED_FIGURE_KIND_CARRY_OVER,
  JX_STATED_FIGURE_KIND_EXECUTION_RATE,
  JX_STATED_FIGURE_KIND_ATTAINMENT_RATE,
  JX_STATED_FIGURE_KIND_TOTAL_SCORE,
  JX_STATED_FIGURE_KIND_GRADE,
} JxStatedFigureKind;

#define JX_TYPE_STATED_FIGURE (jx_stated_figure_get_type ())

G_DECLARE_FINAL_TYPE (JxStatedFigure, jx_stated_figure, JX, STATED_FIGURE, JxRecord)

JxStatedFigure     *jx_stated_figure_new         (void);
JxStatedFigureKind  jx_stated_figure_get_figure  (JxStatedFigure *self);
void                jx_stated_figure_set_figure  (JxStatedFigure     *self,
                                                  JxStatedFigureKind  figure);
const char         *jx_stated_figure_get_written (JxStatedFigure *self);
void                jx_stated_figure_set_written (JxStatedFigure *self,
                                                  const char     *written);
const char         *jx_stated_figure_get_note    (JxStatedFigure *self);
void                jx_stated_figure_set_note    (JxStatedFigure *self,
                                                  const char     *note);

G_END_DECLS
