/**
 * The plugin root, plugin kinds, the loader and its exception. Every SPI of DVPP Kit (instrument and curriculum
 * providers, holiday calendars, storage and key providers, eligibility rules, event listeners) extends {@link
 * org.dvpp.plugin.Plugin} and is loaded by {@link org.dvpp.plugin.PluginLoader}.
 */
@NullMarked
package org.dvpp.plugin;

import org.jspecify.annotations.NullMarked;
