/** What every entity shares: a generated id and an optimistic-locking version. */
package dev.copydesk.base.domain;
