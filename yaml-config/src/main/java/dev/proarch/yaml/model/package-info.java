/**
 * The in-memory model of a project's Cloud configuration: a position-aware node tree ({@link
 * dev.proarch.yaml.model.ConfigNode}) and typed views of applications, services, routes and the
 * {@code .magento.env.yaml} file whose elements point back to their place in the files.
 */
@ProArchStyle
package dev.proarch.yaml.model;

import dev.proarch.core.ProArchStyle;
