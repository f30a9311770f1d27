/** What every view shares: the main layout, the not-found page and error handling. */
package dev.copydesk.base.ui;
