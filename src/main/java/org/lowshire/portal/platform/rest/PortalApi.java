package org.lowshire.portal.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal's REST API under {@code /api}: bearer tokens only (401 without one), JSON, problem+json errors. */
@ApplicationPath("/api")
public class PortalApi extends Application {}
