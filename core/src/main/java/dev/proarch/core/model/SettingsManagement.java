package dev.proarch.core.model;

/** How far an environment's settings can be managed in the Cloud Console. */
public enum SettingsManagement {
  YES,
  LIMITED
}
