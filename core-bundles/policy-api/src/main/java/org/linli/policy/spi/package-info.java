/**
 * The policy plugin SPI: what a district's rules are (政策插件). A plugin registers each of its
 * rules as a {@link org.linli.policy.spi.Rule} service with the property
 * {@value org.linli.policy.spi.Rule#PLUGIN}; the engine finds them as the bundle starts, evaluates
 * them against a community's {@link org.linli.policy.spi.CommunityFacts}, and calls their
 * {@link org.linli.policy.spi.RecordHook}s where the plugin governs.
 */
@Export
@Version("1.4.0")
package org.linli.policy.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
