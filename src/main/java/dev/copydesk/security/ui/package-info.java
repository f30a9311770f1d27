/** Login and user-administration views. */
package dev.copydesk.security.ui;
