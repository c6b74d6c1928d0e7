package org.softmaxlab; public final class Main { public static void main(String[] a){} }
