/**
 * The admin API ({@code /api/v1/admin/...}): uploading FEST files and pharmacy lists as update jobs and reading the
 * jobs back. Every request needs the admin token ({@link org.festserver.server.admin.AdminAuth}); without a configured
 * token the endpoints do not exist.
 */
package org.festserver.server.admin;
