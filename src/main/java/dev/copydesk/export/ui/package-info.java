/** The admins' export view. */
package dev.copydesk.export.ui;
