/**
 * The provisioning test kit. A provider's own test implements {@link
 * dev.proarch.provisioning.tck.ProvisionerContract} in a few lines and inherits every contract test; {@link
 * dev.proarch.provisioning.tck.VirtualTime} drives the guard's timeouts by hand. JUnit and AssertJ types are
 * this package's API by design (ArchUnit allows exactly this package).
 */
package dev.proarch.provisioning.tck;
