; The acceptance example of type analysis, compiled by clang-19 -O2 from
;
;   struct S { int n; double scale; double *data; };
;   double f(struct S *s) {
;     double sum = 0;
;     for (int i = 0; i < s->n; i++) sum += s->scale * s->data[i];
;     return sum;
;   }
;
; The argument shows per-offset facts: the int n at offset 0, the double
; scale at 8, and the pointer data at 16, behind which every offset holds
; a double.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @f:
; CHECK-NEXT:    %0: {[-1]:Pointer, [-1,0]:Integer, [-1,8]:Float@double, [-1,16]:Pointer, [-1,16,-1]:Float@double}
; CHECK-NEXT:    %2: {[-1]:Integer}
; CHECK:         %5: {[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Pointer, [-1,8,-1]:Float@double}
; CHECK-NEXT:    %6: {[-1]:Float@double}
; CHECK-NEXT:    %7: {[-1]:Pointer, [-1,0]:Pointer, [-1,0,-1]:Float@double}
; CHECK-NEXT:    %8: {[-1]:Pointer, [-1,-1]:Float@double}
; CHECK-NEXT:    %9: {[-1]:Integer}
; CHECK:         %20: {[-1]:Integer}
; CHECK-NEXT:    %21: {[-1]:Float@double}
; CHECK-NEXT:    %22: {[-1]:Integer}
; CHECK-NEXT:    %23: {[-1]:Pointer, [-1,-1]:Float@double}
; CHECK-NEXT:    %24: {[-1]:Float@double}
; CHECK:         return: {[-1]:Float@double}

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

define double @f(ptr nocapture noundef readonly %0) {
  %2 = load i32, ptr %0, align 8, !tbaa !5
  %3 = icmp sgt i32 %2, 0
  br i1 %3, label %4, label %29

4:                                                ; preds = %1
  %5 = getelementptr inbounds i8, ptr %0, i64 8
  %6 = load double, ptr %5, align 8, !tbaa !12
  %7 = getelementptr inbounds i8, ptr %0, i64 16
  %8 = load ptr, ptr %7, align 8, !tbaa !13
  %9 = zext nneg i32 %2 to i64
  %10 = and i64 %9, 3
  %11 = icmp ult i32 %2, 4
  br i1 %11, label %14, label %12

12:                                               ; preds = %4
  %13 = and i64 %9, 2147483644
  br label %31

14:                                               ; preds = %31, %4
  %15 = phi double [ poison, %4 ], [ %49, %31 ]
  %16 = phi i64 [ 0, %4 ], [ %50, %31 ]
  %17 = phi double [ 0.000000e+00, %4 ], [ %49, %31 ]
  %18 = icmp eq i64 %10, 0
  br i1 %18, label %29, label %19

19:                                               ; preds = %14, %19
  %20 = phi i64 [ %26, %19 ], [ %16, %14 ]
  %21 = phi double [ %25, %19 ], [ %17, %14 ]
  %22 = phi i64 [ %27, %19 ], [ 0, %14 ]
  %23 = getelementptr inbounds double, ptr %8, i64 %20
  %24 = load double, ptr %23, align 8, !tbaa !14
  %25 = call double @llvm.fmuladd.f64(double %6, double %24, double %21)
  %26 = add nuw nsw i64 %20, 1
  %27 = add i64 %22, 1
  %28 = icmp eq i64 %27, %10
  br i1 %28, label %29, label %19

29:                                               ; preds = %14, %19, %1
  %30 = phi double [ 0.000000e+00, %1 ], [ %15, %14 ], [ %25, %19 ]
  ret double %30

31:                                               ; preds = %31, %12
  %32 = phi i64 [ 0, %12 ], [ %50, %31 ]
  %33 = phi double [ 0.000000e+00, %12 ], [ %49, %31 ]
  %34 = phi i64 [ 0, %12 ], [ %51, %31 ]
  %35 = getelementptr inbounds double, ptr %8, i64 %32
  %36 = load double, ptr %35, align 8, !tbaa !14
  %37 = call double @llvm.fmuladd.f64(double %6, double %36, double %33)
  %38 = or disjoint i64 %32, 1
  %39 = getelementptr inbounds double, ptr %8, i64 %38
  %40 = load double, ptr %39, align 8, !tbaa !14
  %41 = call double @llvm.fmuladd.f64(double %6, double %40, double %37)
  %42 = or disjoint i64 %32, 2
  %43 = getelementptr inbounds double, ptr %8, i64 %42
  %44 = load double, ptr %43, align 8, !tbaa !14
  %45 = call double @llvm.fmuladd.f64(double %6, double %44, double %41)
  %46 = or disjoint i64 %32, 3
  %47 = getelementptr inbounds double, ptr %8, i64 %46
  %48 = load double, ptr %47, align 8, !tbaa !14
  %49 = call double @llvm.fmuladd.f64(double %6, double %48, double %45)
  %50 = add nuw nsw i64 %32, 4
  %51 = add i64 %34, 4
  %52 = icmp eq i64 %51, %13
  br i1 %52, label %14, label %31
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double)

!5 = !{!6, !7, i64 0}
!6 = !{!"S", !7, i64 0, !10, i64 8, !11, i64 16}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!"double", !8, i64 0}
!11 = !{!"any pointer", !8, i64 0}
!12 = !{!6, !10, i64 8}
!13 = !{!6, !11, i64 16}
!14 = !{!10, !10, i64 0}
