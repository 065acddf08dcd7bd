/**
 * Reads the four Cloud configuration files of a project ({@code .magento.app.yaml},
 * {@code .magento/services.yaml}, {@code .magento/routes.yaml}, {@code .magento.env.yaml}) and validates
 * them: {@link dev.proarch.yaml.ConfigValidator} is the entry point.
 */
@ProArchStyle
package dev.proarch.yaml;

import dev.proarch.core.ProArchStyle;
