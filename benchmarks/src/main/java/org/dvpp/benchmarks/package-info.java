/** JMH benchmarks, each reported as a ratio to a baseline measured in the same run. */
package org.dvpp.benchmarks;
