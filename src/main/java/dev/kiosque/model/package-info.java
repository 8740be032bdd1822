/**
 * Plain immutable records shared by every layer: sections and feeds as configured, items as parsed,
 * headlines as stored, articles as extracted. Depends on nothing but the JDK.
 */
package dev.kiosque.model;
