/** The audit trail: who did what to a story, when, from which status to which, and why. Imports no feature. */
package dev.copydesk.audit;
